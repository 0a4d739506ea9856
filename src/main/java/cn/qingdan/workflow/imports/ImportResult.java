package cn.qingdan.workflow.imports;

import java.util.List;

/**
 * An import, all or nothing: the rows read are returned only when no row has an error; otherwise every error is
 * listed and nothing is imported.
 */
public record ImportResult<T>(List<T> rows, List<RowError> errors) {

	public ImportResult {
		rows = List.copyOf(rows);
		errors = List.copyOf(errors);
	}

	/** The result of a reading: the rows when every one was valid, none otherwise. */
	public static <T> ImportResult<T> of(List<T> rows, List<RowError> errors) {
		return new ImportResult<>(errors.isEmpty() ? rows : List.of(), errors);
	}

	public boolean ok() {
		return errors.isEmpty();
	}
}
