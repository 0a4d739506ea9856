@org.springframework.modulith.NamedInterface("crypto")
package cn.qingdan.shared.crypto;
