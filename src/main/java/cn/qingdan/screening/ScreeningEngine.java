package cn.qingdan.screening;

/** Reads request texts against a county's current catalogue version. */
public interface ScreeningEngine {

	/** Maximum text length accepted (characters). */
	int MAX_LENGTH = 5_000;

	/** Screens against the catalogue of the given county unit. */
	Screening screen(long countyUnitId, String text, RequestKind kind);

	/** Screens against the platform's default (first) catalogue, for public callers that name no county. */
	Screening screen(String text, RequestKind kind);
}
