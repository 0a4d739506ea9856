package cn.qingdan.catalogue;

/** A new catalogue version was published (screening re-indexes on it). */
public record CatalogueVersionPublished(long catalogueId, long countyUnitId, int number, long versionId) {
}
