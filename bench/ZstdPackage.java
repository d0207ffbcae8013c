import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Anki package's collection.anki2 as a zstd-compressed collection.anki21b (what Anki
 * 2.1.50+ writes), so bench/anki-import can time the zstd path against the legacy one on the same
 * notes. Run with the shaded jar on the class path: java -cp target/dca-all.jar bench/ZstdPackage.java IN OUT
 */
public class ZstdPackage {
    public static void main(String[] args) throws Exception {
        byte[] collection = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(args[0])))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals("collection.anki2")) collection = in.readAllBytes();
            }
        }
        if (collection == null) throw new IllegalArgumentException(args[0] + " holds no collection.anki2");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("collection.anki21b"));
            zip.write(Zstd.compress(collection, 3));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("media"));
            zip.write(Zstd.compress(new byte[0], 3));
            zip.closeEntry();
        }
        Files.write(Path.of(args[1]), out.toByteArray());
    }
}
