import Foundation
import MidasCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The raw files of one symbol (SPEC.md "Raw layout"), found on disk with their size and mtime.
struct RawLayout {
    /// One file of the layout.
    struct Entry {
        /// Path relative to the symbol folder (`bars_1d.csv`, `chain/2024-03-01.csv`), the store's key.
        let relativePath: String
        /// Path as the user can open it (the raw folder they gave, joined).
        let path: String
        let kind: String
        let size: Int64
        let modificationTime: Int64
        /// A day folder of NSE option-chain page downloads (`chain/<YYYY-MM-DD>/`): size and mtime
        /// are the sum and the latest of its files'.
        var isFolder = false
    }

    let bars: Entry
    let vix: Entry
    let fii: Entry?
    let usdinr: Entry?
    /// Chain files by day, ascending.
    let chain: [(day: Day, entry: Entry)]
    /// Column renames of near-canonical series files (`columns.yaml`; empty without one).
    let columns: ColumnMapping

    /// Finds the files of `symbol` under `rawDirectory`.
    ///
    /// - Throws: `missingFile` for a missing symbol folder, bars, VIX or chain folder, and
    ///   `unknownFormat` for a file in `chain/` not named `YYYY-MM-DD.csv`, and `badValue` for a
    ///   malformed `columns.yaml`.
    init(rawDirectory: String, symbol: String, timeframe: Timeframe) throws {
        let folder = (rawDirectory as NSString).appendingPathComponent(symbol)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(.missingFile, file: folder, detail: "no raw folder for \(symbol)")
        }
        func entry(_ relative: String, kind: String, required: Bool) throws -> Entry? {
            let path = (folder as NSString).appendingPathComponent(relative)
            var info = stat()
            if kind == "chain", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                let files = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
                    .filter { !$0.hasPrefix(".") }
                    .compactMap { try? entry("\(relative)/\($0)", kind: "page", required: false) }
                return Entry(
                    relativePath: relative, path: path, kind: kind, size: files.reduce(0) { $0 + $1.size },
                    modificationTime: files.map(\.modificationTime).max() ?? 0, isFolder: true)
            }
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                if required { throw InputError(.missingFile, file: path, detail: "required \(kind) file") }
                return nil
            }
            return Entry(
                relativePath: relative, path: path, kind: kind, size: Int64(info.st_size),
                modificationTime: Preparation.modificationTime(info))
        }
        bars = try entry("bars_\(timeframe.rawValue).csv", kind: "bars", required: true)!
        vix = try entry("vix.csv", kind: "vix", required: true)!
        fii = try entry("fii.csv", kind: "fii", required: false)
        usdinr = try entry("usdinr.csv", kind: "usdinr", required: false)
        let mappingPath = (folder as NSString).appendingPathComponent(ColumnMapping.fileName)
        if RawFile.exists(atPath: mappingPath) {
            let text = String(decoding: try RawFile.bytes(atPath: mappingPath), as: UTF8.self)
            columns = try ColumnMapping.parse(text, file: mappingPath)
        } else {
            columns = ColumnMapping()
        }
        let chainFolder = (folder as NSString).appendingPathComponent("chain")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: chainFolder) else {
            throw InputError(.missingFile, file: chainFolder, detail: "no chain folder (one YYYY-MM-DD.csv per day)")
        }
        var days: [(day: Day, entry: Entry)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let relative = "chain/\(name)"
            let extensionAccepted = name.hasSuffix(".csv") || name.hasSuffix(".json") || !name.contains(".")
            guard extensionAccepted, let day = Day(iso: name.prefix(while: { $0 != "." })),
                name.split(separator: ".").count <= 2,
                let found = try entry(relative, kind: "chain", required: false)
            else {
                throw InputError(
                    .unknownFormat, file: (chainFolder as NSString).appendingPathComponent(name),
                    detail:
                        "chain files are named YYYY-MM-DD.csv (or YYYY-MM-DD.json, an NSE option-chain API snapshot)")
            }
            days.append((day, found))
        }
        guard !days.isEmpty else {
            throw InputError(.missingFile, file: chainFolder, detail: "no chain files (one YYYY-MM-DD.csv per day)")
        }
        chain = days
    }

    /// The bars, VIX, FII and USDINR files that exist.
    var seriesEntries: [Entry] { [bars, vix] + [fii, usdinr].compactMap { $0 } }
}
