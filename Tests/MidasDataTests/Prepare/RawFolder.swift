import Foundation

@testable import MidasData

/// A small valid raw layout for NIFTY in a fresh temporary folder, with a place for its store.
struct RawFolder {
    let root: URL

    static let bars = """
        timestamp,open,high,low,close,volume
        2024-03-01,22000,22100,21950,22050,0
        2024-03-04,22050,22200,22000,22150,0

        """
    static let vix = """
        date,open,high,low,close
        2024-03-01,14,15,13.5,14.2
        2024-03-04,14.2,15,13.9,14.5

        """
    static let fii = """
        date,fii_index_fut_net,fii_cash_net
        2024-03-01,-1200.5,800
        2024-03-04,300,-150.25

        """
    static let usdinr = """
        date,close
        2024-03-01,82.91
        2024-03-04,82.87

        """
    static let chainHeader = "timestamp,expiry,strike,option_type,bid,ask,last,volume,open_interest,underlying"
    static let chain0301 = """
        \(chainHeader)
        2024-03-01T09:15:00+05:30,2024-03-07,22000,CE,101,102.5,101.5,10,200,22050
        2024-03-01T09:15:00+05:30,2024-03-07,22000,PE,50,51,50.5,10,200,22050
        2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,99,100,99.5,12,210,22040
        2024-03-01T15:30:00+05:30,2024-03-07,22100,CE,0,60,,0,0,22040

        """
    static let chain0304 = """
        \(chainHeader)
        2024-03-04T15:30:00+05:30,2024-03-07,22000,CE,180,181,180.5,5,100,22150
        2024-03-04T15:30:00+05:30,2024-03-14,22000,PE,70,71,70.5,5,100,22150

        """

    /// The default files, by path under `NIFTY/`.
    static let files: [String: String] = [
        "bars_1d.csv": bars, "vix.csv": vix, "fii.csv": fii, "usdinr.csv": usdinr,
        "chain/2024-03-01.csv": chain0301, "chain/2024-03-04.csv": chain0304,
    ]

    /// Writes the default layout to a new temporary folder.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("midas-prepare-\(UUID().uuidString)")
        for (path, text) in Self.files { try write(path, text) }
    }

    var raw: String { root.appendingPathComponent("raw").path }
    var store: String { root.appendingPathComponent("NIFTY.sqlite").path }

    /// The path of a raw file under `raw/NIFTY/`.
    func path(_ relative: String) -> String {
        root.appendingPathComponent("raw/NIFTY").appendingPathComponent(relative).path
    }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path(relative))
    }

    func options(full: Bool = false, lenient: Bool = false, jobs: Int = 2) -> PrepareOptions {
        PrepareOptions(rawDirectory: raw, symbol: "NIFTY", output: store, isFull: full, isLenient: lenient, jobs: jobs)
    }

    @discardableResult
    func prepare(full: Bool = false, lenient: Bool = false, jobs: Int = 2) throws -> PrepareSummary {
        try Preparation.run(options(full: full, lenient: lenient, jobs: jobs))
    }

    /// The files in the store's folder other than the raw folder (to find left-over temporaries).
    func storeFolderEntries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0 != "raw" }.sorted()
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}
