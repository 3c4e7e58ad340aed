import Foundation
import Testing

@testable import MidasCore

struct AtomicFileTests {
    @Test func createsAndReplacesAFileLeavingNoTemporaryBehind() throws {
        let folder = try FileSystemTestFolder()
        let target = folder.url.appendingPathComponent("summary.csv")
        try AtomicFile.write("a,b\n1,2\n".utf8, to: target)
        #expect(try folder.text("summary.csv") == "a,b\n1,2\n")
        try AtomicFile.write(Data("new\n".utf8), to: target)
        #expect(try folder.text("summary.csv") == "new\n")
        #expect(try folder.names() == ["summary.csv"])
    }

    @Test func writesNonContiguousSequencesAndEmptyFiles() throws {
        let folder = try FileSystemTestFolder()
        try AtomicFile.write(
            (UInt8(ascii: "a")...UInt8(ascii: "e")).reversed(), to: folder.url.appendingPathComponent("x"))
        #expect(try folder.text("x") == "edcba")
        try AtomicFile.write([UInt8](), to: folder.url.appendingPathComponent("empty"))
        #expect(try folder.text("empty") == "")
    }

    @Test func failingRenameKeepsThePreviousItemAndRemovesTheTemporary() throws {
        let folder = try FileSystemTestFolder()
        let target = folder.url.appendingPathComponent("occupied")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try AtomicFile.write("kept".utf8, to: target.appendingPathComponent("inner"))

        let error = try #require(throws: FileSystemError.self) { try AtomicFile.write("x".utf8, to: target) }
        #expect(error.operation == "rename")
        #expect(error.errno == EISDIR)
        #expect(error.kind == .internal)
        #expect(try folder.names() == ["occupied"])
        #expect(try folder.text("occupied/inner") == "kept")
    }

    @Test func missingFolderThrowsNamingThePath() throws {
        let folder = try FileSystemTestFolder()
        let target = folder.url.appendingPathComponent("absent/file.csv")
        let error = try #require(throws: FileSystemError.self) { try AtomicFile.write("x".utf8, to: target) }
        #expect(error.operation == "open")
        #expect(error.errno == ENOENT)
        #expect(error.description.contains("absent/.file.csv."))
        #expect(error.description.hasSuffix("No such file or directory"))
        #expect(try folder.names() == [])
    }
}
