package io.iocr.engine;

import io.iocr.engine.config.EngineConfig;
import io.iocr.engine.server.EngineServer;
import java.util.concurrent.CountDownLatch;

/** {@code ./run.sh engine}: runs the offline iOCR engine in the foreground until interrupted. */
public final class EngineMain {

    private EngineMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EngineConfig config = EngineConfig.load();
        EngineServer server = EngineServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "iocr-engine-shutdown"));
        stopped.await();
    }
}
