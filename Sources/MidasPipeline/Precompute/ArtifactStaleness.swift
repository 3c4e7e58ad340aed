import Foundation
import MidasCore
import MidasData
import MidasReport

/// Whether an artifact is stale for a pipeline (and, given the prepared store, for its inputs), and why:
/// what `midas inspect ARTIFACT --pipeline P [--prepared S]` prints.
public struct ArtifactStaleness: Sendable {
    /// Settings and version differences.
    public var compatibility: ArtifactCompatibility
    /// Whether input fingerprints were compared (a prepared store was given).
    public var checkedInputs: Bool

    /// Compares `meta` with the pipeline at `pipelinePath` and, when given, the prepared store's files.
    public init(meta: ArtifactMeta, pipelinePath: String, preparedPath: String?) throws {
        let pipeline = try Pipeline.load(path: pipelinePath)
        let inputs = try preparedPath.map { path in
            try PreparedStore(path: path).files().map {
                InputFingerprint(partition: $0.path, fingerprint: $0.fingerprint)
            }
        }
        compatibility = ArtifactCompatibility(meta: meta, pipeline: pipeline, inputs: inputs)
        checkedInputs = preparedPath != nil
    }

    /// Stale when a setting or version differs, or an input changed.
    public var isStale: Bool { !compatibility.isCurrent || !compatibility.changedInputs.isEmpty }

    /// Lines for the terminal.
    public var text: String {
        guard isStale else {
            return checkedInputs
                ? "stale: no (settings, versions and inputs match)" : "stale: no (settings and versions match)"
        }
        var lines = ["stale: yes"]
        lines += compatibility.causes.map { "  \($0)" }
        if !compatibility.changedInputs.isEmpty {
            let shown = compatibility.changedInputs.prefix(10).joined(separator: ", ")
            let more =
                compatibility.changedInputs.count > 10 ? " and \(compatibility.changedInputs.count - 10) more" : ""
            lines.append("  inputs changed: \(shown)\(more)")
        }
        return lines.joined(separator: "\n")
    }

    /// A JSON object (sorted keys).
    public var json: String {
        JSONText.object([
            "stale": .bool(isStale),
            "causes": .array(compatibility.causes.map { .string($0.description) }),
            "changed_inputs": .array(compatibility.changedInputs.map { .string($0) }),
        ]).document.trimmingCharacters(in: .newlines)
    }
}
