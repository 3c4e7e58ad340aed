import Foundation
import MidasBacktest
import MidasCore

/// Writes a whole run's outputs into a folder: `manifest.json`, `summary.csv` and one folder per
/// variant. The caller builds the folder under a temporary name and swaps it into place.
public enum RunOutput {
    /// Writes `results` (in variant order) and `manifest` into `folder` (created when missing).
    public static func write(_ results: [VariantResult], manifest: RunManifest, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for result in results {
            try VariantOutput.write(result, to: folder.appendingPathComponent(result.variant, isDirectory: true))
        }
        try AtomicFile.write(RunSummary.csv(results).utf8, to: folder.appendingPathComponent("summary.csv"))
        try AtomicFile.write(manifest.json.utf8, to: folder.appendingPathComponent("manifest.json"))
    }
}
