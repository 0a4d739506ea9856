/**
 * The xlsx import kit: hostile-file guards checked before any XML is parsed ({@link cn.qingdan.workflow.imports.XlsxGuard}),
 * reading the first sheet ({@link cn.qingdan.workflow.imports.XlsxRows}), row-level errors in Chinese
 * ({@link cn.qingdan.workflow.imports.RowError}) and all-or-nothing results ({@link cn.qingdan.workflow.imports.ImportResult}).
 */
@org.springframework.modulith.NamedInterface("imports")
package cn.qingdan.workflow.imports;
