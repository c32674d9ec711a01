/// A value that a compiled intent set stores: written in a fixed order and read back in the same order.
protocol Archivable {
    /// Reads the value where `reader` stands.
    init(from reader: inout ArchiveReader) throws(IntentLoadError)
    /// Appends the value to `writer`.
    func write(to writer: inout ArchiveWriter)
}

extension Int: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        let zigzag = try reader.readNumber()
        self = Int(bitPattern: zigzag >> 1) ^ -Int(bitPattern: zigzag & 1)
    }

    func write(to writer: inout ArchiveWriter) {
        writer.writeNumber(UInt(bitPattern: (self << 1) ^ (self >> (Int.bitWidth - 1))))
    }
}

extension Bool: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self = try reader.readNumber() != 0
    }

    func write(to writer: inout ArchiveWriter) {
        writer.writeNumber(self ? 1 : 0)
    }
}

extension String: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self = try reader.readString()
    }

    func write(to writer: inout ArchiveWriter) {
        writer.writeString(self)
    }
}

extension Phrase: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self = try reader.readPhrase()
    }

    func write(to writer: inout ArchiveWriter) {
        writer.writePhrase(self)
    }
}

extension Array: Archivable where Element: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        let count = try reader.readCount()
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(from: &reader)) }
    }

    func write(to writer: inout ArchiveWriter) {
        writer.writeNumber(UInt(count))
        for element in self { element.write(to: &writer) }
    }
}

extension Optional: Archivable where Wrapped: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self = try Bool(from: &reader) ? try Wrapped(from: &reader) : nil
    }

    func write(to writer: inout ArchiveWriter) {
        (self != nil).write(to: &writer)
        self?.write(to: &writer)
    }
}

extension Set: Archivable where Element == String {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self.init(try [String](from: &reader))
    }

    /// Sorted, so the same set always compiles to the same text.
    func write(to writer: inout ArchiveWriter) {
        sorted().write(to: &writer)
    }
}

/// An enum stored by its raw value, the spelling intent files use.
protocol ArchivableByName: Archivable, RawRepresentable where RawValue == String {}

extension ArchivableByName {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        let name = try reader.readString()
        guard let value = Self(rawValue: name) else { throw ArchiveReader.damaged("unknown \(Self.self) '\(name)'") }
        self = value
    }

    func write(to writer: inout ArchiveWriter) {
        writer.writeString(rawValue)
    }
}
