package io.rug.awesome.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.testing.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The /awesome page in a real headless Chromium: the filter narrows the list as you type. */
class AwesomePageE2E {
  @TempDir static Path dir;
  private static TestAwesomeSite site;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    site = new TestAwesomeSite(dir.resolve("repo"));
    browser = HeadlessChromium.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (site != null) site.close();
  }

  private List<WebElement> visibleEntries() {
    return browser.findElements(By.cssSelector(".awesome-entry")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  @Test
  void typingFiltersEntriesAndSectionsInstantly() {
    browser.get(site.url("/awesome/"));
    int all = visibleEntries().size();
    assertThat(all).isGreaterThanOrEqualTo(80);
    browser.findElement(By.id("awesome-q")).sendKeys("slurm");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5));
    wait.until(d -> visibleEntries().size() < all);
    List<WebElement> shown = visibleEntries();
    assertThat(shown).isNotEmpty().allMatch(e -> e.getText().toLowerCase().contains("slurm"));
    assertThat(browser.findElement(By.id("awesome-count")).getText())
        .isEqualTo(shown.size() + " of " + all + " entries");
    assertThat(browser.findElement(By.id("workflow-engines")).isDisplayed()).isFalse();
  }

  @Test
  void choosingASectionShowsOnlyThatSection() {
    browser.get(site.url("/awesome/"));
    new Select(browser.findElement(By.id("awesome-section"))).selectByVisibleText("Observability");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5));
    wait.until(d -> !d.findElement(By.id("batch-and-hpc-scheduling")).isDisplayed());
    assertThat(visibleEntries())
        .isNotEmpty()
        .allMatch(e -> "observability".equals(e.getAttribute("data-section")));
  }

  @Test
  void suggestAToolLeadsToTheContributingGuide() {
    browser.get(site.url("/awesome/"));
    browser.findElement(By.linkText("Suggest a tool")).click();
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(d -> d.getCurrentUrl().endsWith("/awesome/contributing/"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Contribution Guidelines");
  }
}
