import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The floor: parse the whole input into snakeyaml-engine nodes (comments kept) and serialise it
 * again, in one JVM process, with no function logic. Compiled and run by bench/run against the
 * shaded jar (which holds snakeyaml-engine).
 */
public final class Floor {
    public static void main(String[] args) throws Exception {
        String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        LoadSettings load = LoadSettings.builder().setParseComments(true).setCodePointLimit(Integer.MAX_VALUE).build();
        Node node = new Composer(load, new ParserImpl(load, new StreamReader(load, text))).getSingleNode().orElseThrow();
        DumpSettings dump = DumpSettings.builder().setDumpComments(true).setWidth(Integer.MAX_VALUE).build();
        StringBuilder out = new StringBuilder(text.length() + 1024);
        new Dump(dump).dumpNode(node, new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.append(str, off, off + len);
            }
        });
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        stdout.print(out);
        stdout.flush();
    }
}
