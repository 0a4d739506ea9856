/**
 * What the catalogue announces besides {@link cn.qingdan.catalogue.CatalogueVersionPublished}: a change proposal
 * decided (approved, rejected or declined).
 */
@org.springframework.modulith.NamedInterface("events")
package cn.qingdan.catalogue.events;
