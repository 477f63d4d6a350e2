package dxcheck.load;

/**
 * Reads the metadata and spec of one kind of document into facts. The document itself is passed so the reader can
 * take its {@link YamlMap#source()} once every field has been read.
 */
interface KindReader {
    void read(YamlMap document, YamlMap metadata, YamlMap spec);
}
