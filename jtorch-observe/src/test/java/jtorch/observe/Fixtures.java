package jtorch.observe;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The PyTorch fixtures of tools/golden/observe.py. */
public final class Fixtures {
    private static JsonObject root;

    private Fixtures() {
    }

    public static synchronized JsonObject get() {
        if (root == null) {
            try (Reader r = new InputStreamReader(Fixtures.class.getResourceAsStream("/fixtures/observe/observe.json"),
                    StandardCharsets.UTF_8)) {
                root = JsonParser.parseReader(r).getAsJsonObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }
}
