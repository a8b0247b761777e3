package io.rug.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.testing.HeadlessChromium;
import io.rug.site.testing.SampleBook;
import io.rug.site.testing.TestSite;
import io.rug.site.web.book.PageMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The static build opened from file:// in Debian's Chromium: search, follow a hit, axe-core. */
class BookSiteE2E {
  private static final String AXE_VERSION = "4.11.0";

  @TempDir static Path root;
  @TempDir static Path profile;
  static Path site;
  static String axeSource;
  static ChromeDriver browser;

  @BeforeAll
  static void buildSiteAndStartBrowser() throws Exception {
    axeSource = Files.readString(installAxe());
    TestSite test =
        TestSite.load(SampleBook.copyTo(root.resolve("repo")), new PageMode(true, "/", false));
    site = root.resolve("out");
    new StaticBuild(List.of(test.book()), new Assets(), test.frame(), "/").build(site);

    browser = HeadlessChromium.start(profile);
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** axe-core from the npm registry into target/js (once per build folder). */
  private static Path installAxe() throws Exception {
    Path prefix = Path.of("target/js").toAbsolutePath();
    Path axe = prefix.resolve("node_modules/axe-core/axe.min.js");
    if (!Files.exists(axe)) {
      Files.createDirectories(prefix);
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--no-save",
                  "--no-audit",
                  "--no-fund",
                  "--prefix",
                  prefix.toString(),
                  "axe-core@" + AXE_VERSION)
              .redirectErrorStream(true)
              .redirectOutput(prefix.resolve("npm.log").toFile())
              .start();
      assertThat(npm.waitFor(120, TimeUnit.SECONDS)).as("npm install finished").isTrue();
      assertThat(npm.exitValue()).as("npm install axe-core, see target/js/npm.log").isZero();
    }
    return axe;
  }

  @Test
  void searchFromFileUrlFindsAMisspelledWordAndFollowsTheHit() {
    browser.get(site.resolve("index.html").toUri().toString());
    WebElement input = browser.findElement(By.id("search-input"));
    input.sendKeys("acelerators"); // typo for "accelerators", only in the GPUs chapter
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    WebElement hit =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#search-results a.search-hit")));
    assertThat(hit.getText()).contains("GPUs");
    hit.click();
    wait.until(ExpectedConditions.urlContains("book/gpus/index.html"));
    assertThat(browser.getCurrentUrl()).startsWith("file://");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("GPUs");
  }

  @Test
  void chapterPageHasNoAccessibilityViolations() {
    browser.get(site.resolve("book/intro/index.html").toUri().toString());
    assertThat(browser.findElement(By.cssSelector(".admonition.note")).isDisplayed()).isTrue();
    assertThat(axeViolations()).isEmpty();
  }

  @Test
  void chapterPageHasNoAccessibilityViolationsInDarkMode() {
    emulateColorScheme("dark");
    try {
      browser.get(site.resolve("book/intro/index.html").toUri().toString());
      assertThat(browser.executeScript("return getComputedStyle(document.body).backgroundColor"))
          .isEqualTo("rgb(13, 17, 23)");
      assertThat(axeViolations()).isEmpty();
    } finally {
      emulateColorScheme("light");
    }
  }

  private void emulateColorScheme(String scheme) {
    browser.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private List<?> axeViolations() {
    JavascriptExecutor js = browser;
    js.executeScript(axeSource);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return (List<?>)
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(r.violations.map(v => v.id + ' ' + v.help + ': '"
                + " + v.nodes.map(n => n.target.join(' ')).join(', '))));");
  }
}
