import Foundation
import MidasBacktest

/// Writes a whole run's outputs into a folder: `manifest.json`, `summary.csv` and one folder per
/// variant. The caller builds the folder under a temporary name and swaps it into place.
public enum RunOutput {
    /// Writes `results` (in variant order) and `manifest` into `folder` (created when missing).
    public static func write(_ results: [VariantResult], manifest: RunManifest, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for result in results {
            try VariantOutput.write(result, to: folder.appendingPathComponent(result.variant, isDirectory: true))
        }
        try OutputFile.write(RunSummary.csv(results), to: folder.appendingPathComponent("summary.csv"))
        try OutputFile.write(manifest.json, to: folder.appendingPathComponent("manifest.json"))
    }
}
