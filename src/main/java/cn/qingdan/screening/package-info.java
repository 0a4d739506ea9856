/**
 * Screening (预审比对): reads any request text against the current catalogue version and says which list it falls
 * under, citing the item, with a confidence and the evidence that decided it.
 *
 * <p>The API is {@link cn.qingdan.screening.ScreeningEngine}; the result is a {@link cn.qingdan.screening.Screening}.
 * Admission, certificates and the public check page use it. The index is rebuilt when a catalogue version is published
 * ({@code CatalogueVersionPublished}).
 *
 * <h2>Inside</h2>
 * {@code CatalogueIndex} = {@code PhraseDictionary} (exact name / alias / keyword phrases, weighted) +
 * {@code BigramIndex} (Lucene over character bigrams); {@code Screener} decides as a pure function of an index, a
 * text and the request kind, from rule hits ({@code BurdenRules}, {@code CertificateRules}, {@code ContextRules}),
 * candidate items ({@code Scored}) and the evidence it collects ({@code Evidence}). No tables of its own; the
 * catalogue is read through {@code Catalogues}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "预审比对", allowedDependencies = {
		"catalogue", "shared", "shared :: menu" })
package cn.qingdan.screening;
