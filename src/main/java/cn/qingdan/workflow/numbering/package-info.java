/** Gap-free document numbers per series, unit and year ({@link cn.qingdan.workflow.numbering.Numbering}). */
@org.springframework.modulith.NamedInterface("numbering")
package cn.qingdan.workflow.numbering;
