package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public abstract class NoticeRepositoryContract extends RepositoryContract {

    @Test
    void aNoticeStaysDismissedAtTheFirstTime() {
        assertThat(repositories.notices().dismissedAt("restore_notice")).isEmpty();
        assertThat(repositories.notices().dismiss("restore_notice", at(1))).isEqualTo(at(1));
        assertThat(repositories.notices().dismiss("restore_notice", at(9))).isEqualTo(at(1));
        assertThat(repositories.notices().dismissedAt("restore_notice")).contains(at(1));
        assertThat(repositories.notices().dismissedAt("other")).isEmpty();
    }
}
