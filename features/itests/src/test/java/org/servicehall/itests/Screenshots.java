package org.servicehall.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Screenshots kept as test output (target/screenshots/*.png) where a person should look at a screen. */
final class Screenshots {
    static final Path FOLDER = Path.of(System.getProperty("servicehall.screenshots", "target/screenshots"));

    private Screenshots() {
    }

    static Path save(WebDriver driver, String name) {
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
