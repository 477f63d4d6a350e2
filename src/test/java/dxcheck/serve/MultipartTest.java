package dxcheck.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultipartTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void partsAsABrowserSendsThem() throws Exception {
        String body = "preamble\r\n--AaB03x\r\n"
                + "Content-Disposition: form-data; name=\"files\"; filename=\"kế hoạch.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n"
                + "a: 1\r\n--not-the-boundary\r\n\r\n"
                + "--AaB03x\r\nContent-Disposition: form-data; name=asOf\r\n\r\n2023-07-15\r\n"
                + "--AaB03x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\"\r\n\r\n\r\n"
                + "--AaB03x--\r\nepilogue";
        List<Multipart.Part> parts = Multipart.parse(b(body), Multipart.boundary("multipart/form-data; boundary=\"AaB03x\""));
        assertEquals(3, parts.size());
        assertEquals("files", parts.get(0).name());
        assertEquals("kế hoạch.yaml", parts.get(0).filename());
        assertArrayEquals(b("a: 1\r\n--not-the-boundary\r\n"), parts.get(0).data());
        assertEquals("asOf", parts.get(1).name());
        assertNull(parts.get(1).filename());
        assertEquals("2023-07-15", parts.get(1).text());
        assertEquals("", parts.get(2).filename());
        assertEquals(0, parts.get(2).data().length);
    }

    @Test
    void malformedBodiesAreRefused() {
        assertThrows(Multipart.Malformed.class, () -> Multipart.parse(b("no boundary at all"), "x"));
        assertThrows(Multipart.Malformed.class, () -> Multipart.parse(b("--x\r\nContent-Disposition: form-data; name=a\r\n\r\nopen"), "x"));
        assertThrows(Multipart.Malformed.class, () -> Multipart.parse(b("--x\r\nContent-Type: text/plain\r\n\r\nv\r\n--x--"), "x"));
        assertThrows(Multipart.Malformed.class, () -> Multipart.parse(b("--x\r\n" + "H: v\r\n".repeat(2000) + "\r\nv\r\n--x--"), "x"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Multipart.MAX_PARTS; i++) {
            many.append("--x\r\nContent-Disposition: form-data; name=a\r\n\r\nv\r\n");
        }
        assertThrows(Multipart.Malformed.class, () -> Multipart.parse(b(many + "--x--"), "x"));
        assertNull(Multipart.boundary("multipart/form-data"));
    }

    @Test
    void uploadNamesAreLabelsNotPaths() {
        assertEquals("passwd", CheckForm.safeName("../../etc/passwd", "f"));
        assertEquals("stttt.yaml", CheckForm.safeName("C:\\temp\\..\\stttt.yaml", "f"));
        assertEquals("f", CheckForm.safeName("..", "f"));
        assertEquals("f", CheckForm.safeName("a/", "f"));
        assertEquals("ab.yaml", CheckForm.safeName("a\u0000b.yaml", "f"));
        assertEquals("a-2.yaml", CheckForm.unique("a.yaml", java.util.Map.of("a.yaml", 1)));
    }
}
