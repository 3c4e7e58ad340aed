import MidasCore
import Yams

/// Reads a pipeline file's YAML text into a `ConfigValue` tree, keeping mapping keys in file order.
///
/// Scalars keep their text as written (typing happens in `ConfigNode`); a plain `~`, `null` or
/// empty scalar is `.null`. YAML syntax errors and duplicated keys are `InputError`s with the line.
enum PipelineYAML {
    static func parse(_ text: String, file: String) throws -> ConfigValue {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw inputError(error, file: file)
        }
        guard let root else { throw InputError(.emptyFile, file: file, detail: "the pipeline is empty") }
        return try convert(root, file: file, path: "")
    }

    private static func convert(_ node: Node, file: String, path: String) throws -> ConfigValue {
        switch node {
        case .scalar(let scalar):
            let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
            if scalar.style == .plain, nullWords.contains(scalar.string) { return .null }
            return .scalar(scalar.string)
        case .sequence(let sequence):
            return .list(
                try sequence.enumerated().map { try convert($0.element, file: file, path: "\(path)[\($0.offset)]") })
        case .mapping(let mapping):
            return .map(
                try mapping.map { pair in
                    guard case .scalar(let key) = pair.key else {
                        throw InputError(
                            .badValue, file: file, field: path.isEmpty ? nil : path,
                            detail: "a key must be a plain word")
                    }
                    let childPath = path.isEmpty ? key.string : "\(path).\(key.string)"
                    return ConfigEntry(key: key.string, value: try convert(pair.value, file: file, path: childPath))
                })
        case .alias:
            throw InputError(.badValue, file: file, field: path.isEmpty ? nil : path, detail: "unresolved YAML alias")
        }
    }

    private static func inputError(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return InputError(.badValue, file: file, line: mark.line, detail: "YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputError(
                .duplicate, file: file, line: context.mark.line,
                detail: "duplicated key \(duplicates.joined(separator: ", "))")
        default:
            return InputError(.badValue, file: file, detail: "YAML: \(error)")
        }
    }
}
