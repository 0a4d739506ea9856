package cn.qingdan.catalogue;

import java.time.Instant;

/** One published, immutable version of a catalogue. */
public record CatalogueVersion(long id, long catalogueId, int number, Instant publishedAt, String publishedBy,
		Long proposalId, String summary, int itemCount) {
}
