package cn.qingdan.catalogue;

/** A county's catalogue of the four lists. */
public record Catalogue(long id, long countyUnitId, String name) {
}
