package dev.loopwright.domain.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void hashesTheUtf8TextAsLowercaseHex() {
        assertThat(ContentHash.of("").hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ContentHash.of("é")).isNotEqualTo(ContentHash.of("e"));
        assertThat(ContentHash.of("same")).isEqualTo(ContentHash.of("same"));
    }

    @Test
    void refusesAnythingButSixtyFourLowercaseHexCharacters() {
        assertThatThrownBy(() -> new ContentHash("ABC")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ContentHash(ContentHash.of("x").hex().toUpperCase()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ContentHash(null)).isInstanceOf(ValidationException.class);
    }
}
