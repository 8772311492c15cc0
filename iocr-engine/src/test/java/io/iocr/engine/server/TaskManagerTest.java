package io.iocr.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.client.model.TaskStatus;
import io.iocr.engine.SharedOcr;
import io.iocr.engine.document.DocumentKind;
import io.iocr.engine.document.DocumentReader;
import io.iocr.engine.extract.PageRecognizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TaskManagerTest {

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-03-17T07:37:55Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void forgetsFinishedResultsAfterTheirTimeToLive() throws Exception {
        MovableClock clock = new MovableClock();
        try (TaskManager tasks = new TaskManager(1, 10, Duration.ofMinutes(5), new DocumentReader(144, 5),
                new PageRecognizer(SharedOcr.get()), clock)) {
            String id = tasks.submit(new TaskManager.Job(DocumentKind.PDF, "%PDF-1.4 broken".getBytes(), null,
                    "broken.pdf"));
            while (tasks.get(id).orElseThrow().status() == TaskStatus.RUNNING) {
                Thread.sleep(20);
            }
            assertThat(tasks.get(id).orElseThrow().status()).isEqualTo(TaskStatus.FAILED);
            assertThat(tasks.get(id).orElseThrow().reason()).contains("PDF");

            clock.now = clock.now.plus(Duration.ofMinutes(4));
            tasks.sweep();
            assertThat(tasks.get(id)).isPresent();

            clock.now = clock.now.plus(Duration.ofMinutes(2));
            tasks.sweep();
            assertThat(tasks.get(id)).isEmpty();
        }
    }

    @Test
    void refusesWorkBeyondTheQueueWithError4() {
        try (TaskManager tasks = new TaskManager(1, 1, Duration.ofMinutes(5), new DocumentReader(144, 5),
                new PageRecognizer(SharedOcr.get()), Clock.systemUTC())) {
            byte[] pdf = PdfSamples.twoPagesWithTextLayerAndScan();
            int refused = 0;
            for (int i = 0; i < 5; i++) {
                try {
                    tasks.submit(new TaskManager.Job(DocumentKind.PDF, pdf, null, "a.pdf"));
                } catch (BaiduError e) {
                    assertThat(e.code()).isEqualTo(4);
                    refused++;
                }
            }
            assertThat(refused).isGreaterThanOrEqualTo(3);
        }
    }
}
