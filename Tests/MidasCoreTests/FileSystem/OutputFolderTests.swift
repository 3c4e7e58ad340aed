import Foundation
import Testing

@testable import MidasCore

struct OutputFolderTests {
    private struct Abort: Error, Equatable {}

    private func writePrevious(in folder: FileSystemTestFolder) throws -> URL {
        let run = folder.url.appendingPathComponent("run")
        try OutputFolder.build(at: run) { temporary in
            try AtomicFile.write("old".utf8, to: temporary.appendingPathComponent("summary.csv"))
            try FileManager.default.createDirectory(
                at: temporary.appendingPathComponent("ic"), withIntermediateDirectories: false)
            try AtomicFile.write("old fills".utf8, to: temporary.appendingPathComponent("ic/fills.csv"))
        }
        return run
    }

    @Test func buildsANewFolderAndReturnsTheBodysResult() throws {
        let folder = try FileSystemTestFolder()
        let run = folder.url.appendingPathComponent("run")
        let count = try OutputFolder.build(at: run) { temporary in
            #expect(temporary.deletingLastPathComponent().path == folder.url.path)
            #expect(temporary.lastPathComponent.hasPrefix(".run."))
            try AtomicFile.write("a".utf8, to: temporary.appendingPathComponent("a.csv"))
            return 1
        }
        #expect(count == 1)
        #expect(try folder.names() == ["run"])
        #expect(try folder.text("run/a.csv") == "a")
    }

    @Test func createsMissingParentFolders() throws {
        let folder = try FileSystemTestFolder()
        let run = folder.url.appendingPathComponent("runs/2024/run")
        try OutputFolder.build(at: run) { temporary in
            try AtomicFile.write("a".utf8, to: temporary.appendingPathComponent("a.csv"))
        }
        #expect(try folder.text("runs/2024/run/a.csv") == "a")
        #expect(try folder.names(in: "runs/2024") == ["run"])
    }

    @Test func parentThatIsAFileIsAFileSystemError() throws {
        let folder = try FileSystemTestFolder()
        try AtomicFile.write("x".utf8, to: folder.url.appendingPathComponent("file"))
        let error = try #require(throws: FileSystemError.self) {
            try OutputFolder.build(at: folder.url.appendingPathComponent("file/run")) { _ in }
        }
        #expect(error.operation == "create")
        #expect(error.path == folder.url.appendingPathComponent("file").path)
        #expect(try folder.names() == ["file"])
    }

    @Test func replacesThePreviousFolderWhole() throws {
        let folder = try FileSystemTestFolder()
        let run = try writePrevious(in: folder)
        try OutputFolder.build(at: run) { temporary in
            try AtomicFile.write("new".utf8, to: temporary.appendingPathComponent("summary.csv"))
        }
        #expect(try folder.names() == ["run"])
        #expect(try folder.names(in: "run") == ["summary.csv"])
        #expect(try folder.text("run/summary.csv") == "new")
    }

    @Test func throwingBodyLeavesThePreviousFolderAndRemovesTheTemporary() throws {
        let folder = try FileSystemTestFolder()
        let run = try writePrevious(in: folder)
        #expect(throws: Abort()) {
            try OutputFolder.build(at: run) { temporary in
                try AtomicFile.write("half".utf8, to: temporary.appendingPathComponent("summary.csv"))
                throw Abort()
            }
        }
        #expect(try folder.names() == ["run"])
        #expect(try folder.names(in: "run") == ["ic", "summary.csv"])
        #expect(try folder.text("run/summary.csv") == "old")
        #expect(try folder.text("run/ic/fills.csv") == "old fills")
    }

    @Test func refusesToReplaceAFile() throws {
        let folder = try FileSystemTestFolder()
        let target = folder.url.appendingPathComponent("run")
        try AtomicFile.write("a file".utf8, to: target)
        let error = try #require(throws: InputError.self) {
            try OutputFolder.build(at: target) { _ in Issue.record("body must not run") }
        }
        #expect(error.reason == .badValue)
        #expect(error.file == target.path)
        #expect(try folder.names() == ["run"])
        #expect(try folder.text("run") == "a file")
    }

    @Test func replacesByMovingAsideWhereExchangeIsUnavailable() throws {
        let folder = try FileSystemTestFolder()
        let run = try writePrevious(in: folder)
        let replacement = folder.url.appendingPathComponent("next")
        try FileManager.default.createDirectory(at: replacement, withIntermediateDirectories: false)
        try AtomicFile.write("moved".utf8, to: replacement.appendingPathComponent("summary.csv"))
        try OutputFolder.replace(run, with: replacement, allowsExchange: false)
        #expect(try folder.names() == ["run"])
        #expect(try folder.names(in: "run") == ["summary.csv"])
        #expect(try folder.text("run/summary.csv") == "moved")
    }

    #if os(Linux)
        @Test func findsTheAtomicExchangeInGlibc() {
            #expect(Renameat2.function != nil)
        }
    #endif
}
