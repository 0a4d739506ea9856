/**
 * Screening (预审比对): reads any request text against the current catalogue version and says which list it falls
 * under, citing the item, with a confidence and the evidence that decided it.
 *
 * <p>The API is {@link cn.qingdan.screening.ScreeningEngine}; the result is a {@link cn.qingdan.screening.Screening}.
 * Admission, certificates and the public check page use it. The index is rebuilt when a catalogue version is published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "预审比对")
package cn.qingdan.screening;
