import Foundation
import MidasBacktest
import MidasCore

/// Writes a whole run's outputs into a folder: `manifest.json`, `summary.csv` and one folder per
/// variant. The caller builds the folder with `OutputFolder` (under a temporary name, synced once,
/// swapped into place), so the files themselves are written plainly.
public enum RunOutput {
    /// Writes `results` (in variant order) and `manifest` into `folder` (created when missing).
    public static func write(_ results: [VariantResult], manifest: RunManifest, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for result in results {
            try VariantOutput.write(result, to: folder.appendingPathComponent(result.variant, isDirectory: true))
        }
        try Data(RunSummary.csv(results).utf8).write(to: folder.appendingPathComponent("summary.csv"))
        try Data(manifest.json.utf8).write(to: folder.appendingPathComponent("manifest.json"))
    }
}
