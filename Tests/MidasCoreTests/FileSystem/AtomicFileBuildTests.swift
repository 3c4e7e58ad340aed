import Foundation
import Testing

@testable import MidasCore

struct AtomicFileBuildTests {
    @Test func buildsAtATemporaryPathThenRenamesIntoPlace() throws {
        let folder = try FileSystemTestFolder()
        let target = folder.url.appendingPathComponent("a.sqlite")
        try AtomicFile.write("old".utf8, to: target)
        let temporary = try AtomicFile.build(at: target) { temporary in
            #expect(!FileManager.default.fileExists(atPath: temporary.path))
            #expect(temporary.deletingLastPathComponent() == folder.url)
            try Data("new".utf8).write(to: temporary)
            return temporary.lastPathComponent
        }
        #expect(temporary.hasPrefix(".a.sqlite.") && temporary.hasSuffix(".tmp"))
        #expect(try folder.text("a.sqlite") == "new")
        #expect(try folder.names() == ["a.sqlite"])
    }

    @Test func aFailingBuildRemovesTheTemporaryAndItsCompanionsAndKeepsThePreviousFile() throws {
        struct Injected: Error {}
        let folder = try FileSystemTestFolder()
        let target = folder.url.appendingPathComponent("a.sqlite")
        try AtomicFile.write("old".utf8, to: target)
        #expect(throws: Injected.self) {
            try AtomicFile.build(at: target) { temporary in
                try Data("half".utf8).write(to: temporary)
                try Data("journal".utf8).write(to: URL(fileURLWithPath: temporary.path + "-journal"))
                throw Injected()
            }
        }
        #expect(try folder.text("a.sqlite") == "old")
        #expect(try folder.names() == ["a.sqlite"])
    }

    @Test func aBuildThatCreatesNoFileFailsNamingThePath() throws {
        let folder = try FileSystemTestFolder()
        let error = try #require(throws: FileSystemError.self) {
            try AtomicFile.build(at: folder.url.appendingPathComponent("a")) { _ in }
        }
        #expect(error.operation == "open")
        #expect(error.errno == ENOENT)
        #expect(try folder.names() == [])
    }
}
