package dxcheck.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The common YAML mistakes (issue 18) are said as the mistake, in Vietnamese and English, with the line, a caret
 * under the place and a hint; never SnakeYAML's "expected &lt;block end&gt;, but found ...".
 */
class YamlSyntaxErrorTest {
    private static final String HEAD = "apiVersion: dxcheck/v1\nkind: AgencyStatus\nmetadata:\n";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            tab | ~  agency: {id: ht.a}\n\tasOf: 2023-07-15\n~ | ~5:1: lỗi cú pháp YAML: thụt lề bằng ký tự tab
              5 | →asOf: 2023-07-15
                | ^
              gợi ý: YAML chỉ thụt lề bằng dấu cách: thay tab bằng dấu cách~
            colon | ~  agency:\n    name: Sở A: phòng B\n~ | ~5:15: lỗi cú pháp YAML: giá trị có dấu ':' nhưng không đặt trong ngoặc kép
              5 |     name: Sở A: phòng B
                |               ^
              gợi ý: đặt chuỗi có dấu ':' trong ngoặc kép: name: "Sở A: phòng B"~
            deeper | ~  agency:\n    id: ht.a\n      name: A\n~ | ~6:7: lỗi cú pháp YAML: dòng này thụt lề sâu hơn dòng trên
              6 |       name: A
                |       ^
              gợi ý: các khóa cùng cấp phải thẳng cột; chỉ thụt sâu hơn dưới một khóa để trống sau dấu ':'~
            misaligned | ~  agency:\n    id: ht.a\n   name: A\n~ | ~6:4: lỗi cú pháp YAML: dòng này không thẳng cột với các khóa cùng cấp
              6 |    name: A
                |    ^
              gợi ý: thụt lề bằng đúng số dấu cách như các khóa cùng cấp ở trên~
            list | ~  agency:\n    id: ht.a\n    - x\n~ | ~6:5: lỗi cú pháp YAML: mục danh sách '-' nằm lẫn giữa các khóa
              6 |     - x
                |     ^
              gợi ý: đặt danh sách dưới một khóa riêng: 'khóa:' ở một dòng, các mục '- …' ở các dòng sau, thụt vào sâu hơn~
            quote | ~  agency: {id: ht.a, name: "Sở A}\n  asOf: 2023-07-15\n~ | ~4:28: lỗi cú pháp YAML: dấu " mở ở đây chưa được đóng
              4 |   agency: {id: ht.a, name: "Sở A}
                |                            ^
              gợi ý: thêm dấu " đóng ở cuối giá trị~
            after-quote | ~  agency:\n    name: "Sở A" phòng B\n~ | ~5:18: lỗi cú pháp YAML: còn chữ sau dấu ngoặc kép đóng
              5 |     name: "Sở A" phòng B
                |                  ^
              gợi ý: đặt cả giá trị trong một cặp ngoặc kép; dấu ngoặc kép bên trong viết là \\"~
            bracket | ~  agency: {id: ht.a, name: A\n  asOf: 2023-07-15\n~ | ~4:11: lỗi cú pháp YAML: dấu ngoặc '{' mở ở đây không được đóng đúng cách
              4 |   agency: {id: ht.a, name: A
                |           ^
              gợi ý: đóng bằng '}' ở cuối, các mục cách nhau bằng dấu phẩy; giá trị có dấu ':' hay ',' đặt trong ngoặc kép~
            run-on-key | ~  agency\n  asOf: 2023-07-15\n~ | ~4:3: lỗi cú pháp YAML: thiếu dấu ':' sau tên khóa
              4 |   agency
                |   ^
              gợi ý: viết 'khóa: giá trị' (dấu ':' rồi một dấu cách)~
            at-sign | ~  agency:\n    name: @Sở\n~ | ~5:11: lỗi cú pháp YAML: giá trị không được bắt đầu bằng ký tự '@'
              5 |     name: @Sở
                |           ^
              gợi ý: đặt giá trị trong ngoặc kép: name: "@Sở"~
            alias | ~  agency: *sở\n~ | ~4:11: lỗi cú pháp YAML: bí danh *sở chưa được đặt tên bằng &sở ở phía trên
              4 |   agency: *sở
                |           ^
              gợi ý: đặt &sở trước giá trị được dùng lại, hoặc viết thẳng giá trị thay cho *sở~
            """)
    void aCommonMistakeIsSaidWithItsLineACaretAndAHint(String name, String body, String expected) throws IOException {
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, HEAD + body.replace("\\n", "\n").replace("\\t", "\t"));
        Cli.Result r = Cli.run("check", file.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(file + ":" + expected.replace("\\\\", "\\") + "\n", r.err());
    }
}
