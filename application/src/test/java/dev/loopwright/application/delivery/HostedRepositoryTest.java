package dev.loopwright.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.github.HostedRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostedRepositoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/acme/shop.git", "https://github.com/acme/shop",
            "https://user:token@github.com/acme/shop.git", "git@github.com:acme/shop.git", "git@github.com:acme/shop",
            "ssh://git@github.com/acme/shop.git", "ssh://git@github.com:22/acme/shop.git", "https://GitHub.com/acme/shop/"})
    void readsOwnerAndNameFromGitHubUrls(String url) {
        assertThat(HostedRepository.fromGitHubUrl(url)).contains(new HostedRepository("acme", "shop"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://gitlab.com/acme/shop.git", "git@gitlab.com:acme/shop.git", "/srv/git/shop.git",
            "https://github.com/acme", "https://github.com/acme/shop/tree/main", "file:///github.com/acme/shop",
            "https://github.com.evil.example/acme/shop", ""})
    void refusesEverythingElse(String url) {
        assertThat(HostedRepository.fromGitHubUrl(url)).isEmpty();
    }
}
