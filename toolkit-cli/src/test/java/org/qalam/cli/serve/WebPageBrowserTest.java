package org.qalam.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The web page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}):
 * submits the seed-style sentence and checks the highlighted mentions, their tooltips, the
 * fused-word repair mark, the segmentation table and the JSON download link; saves screenshots
 * under {@code target/}. Skips, saying why, when Chromium or its driver is not installed.
 */
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SENTENCE = "نزح 12 ألف شخص إلى جنوبسوريا أمس";
    private static final Path SCREENSHOTS = Path.of("target");
    private static final int PHONE_WIDTH = 390;

    private static ApiServer server;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("browser test skipped: install Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver) to run it")
                .isTrue();
        server = TestServers.start(TestServers.settings(2, 8, 1 << 20, Duration.ofSeconds(20)),
                TestServers.quietLog());
        profile = Files.createTempDirectory("qalam-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1000,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    @Test
    void highlightsMentionsWithTooltipsAndMarksRepairs() throws Exception {
        browser.get(server.uri().toString());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        WebElement text = browser.findElement(By.id("text"));
        text.clear();
        text.sendKeys(SENTENCE);
        browser.findElement(By.id("date")).sendKeys("03152024");
        browser.findElement(By.id("analyze")).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"true".equals(browser.findElement(By.id("status")).getAttribute("data-done"))) {
            assertThat(System.nanoTime()).as("analysis shown within 20 s; status: "
                    + browser.findElement(By.id("status")).getText()).isLessThan(deadline);
            Thread.sleep(50);
        }

        List<WebElement> marks = browser.findElements(By.cssSelector("#output mark.mention"));
        Map<String, String> byType = marks.stream().collect(Collectors.toMap(
                m -> m.getAttribute("data-type"), WebElement::getText));
        assertThat(byType).containsEntry("number", "12 ألف").containsEntry("location", "سوريا")
                .containsEntry("date", "أمس");
        Map<String, String> tips = marks.stream().collect(Collectors.toMap(
                m -> m.getAttribute("data-type"), m -> m.getAttribute("title")));
        assertThat(tips.get("number")).startsWith("عدد (number): 12000");
        assertThat(tips.get("date")).startsWith("تاريخ (date): 2024-03-14");
        assertThat(tips.get("location")).startsWith("مكان (location): سوريا");
        // Each type has its own colour.
        assertThat(marks.stream().map(m -> m.getCssValue("background-color")).distinct())
                .hasSize(3);
        // The legend names every type shown.
        assertThat(browser.findElement(By.id("legend")).getText()).contains("number", "date",
                "location");
        // The fused word جنوبسوريا is marked as repaired and its tooltip shows the split.
        List<WebElement> repaired = browser.findElements(By.cssSelector("#output .tok.repaired"));
        assertThat(repaired).extracting(WebElement::getText).containsExactly("جنوب", "سوريا");
        new Actions(browser).moveToElement(marks.stream()
                .filter(m -> "location".equals(m.getAttribute("data-type"))).findFirst()
                .orElseThrow()).perform();
        WebElement tooltip = browser.findElement(By.id("tooltip"));
        assertThat(tooltip.isDisplayed()).isTrue();
        assertThat(tooltip.getText()).contains("مكان (location): سوريا", "جنوب [", "سوريا [");
        // The segmentation table lists the token with its words and roles.
        assertThat(browser.findElement(By.id("segments")).getText()).contains(
                "جنوبسوريا", "جنوب (جذع) + سوريا (جذع)");
        WebElement download = browser.findElement(By.id("download"));
        assertThat(download.isDisplayed()).isTrue();
        assertThat(download.getAttribute("href")).startsWith("blob:");
        Files.write(SCREENSHOTS.resolve("serve-page.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        Object scrollWidth = browser.executeScript(
                "return document.documentElement.scrollWidth;");
        assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(PHONE_WIDTH);
        Files.write(SCREENSHOTS.resolve("serve-page-phone.png"),
                browser.getScreenshotAs(OutputType.BYTES));
    }
}
