/**
 * Small value types and services every module may use: the acting user ({@link cn.qingdan.shared.Actor}), rule
 * violations with Chinese messages, 国密 primitives (SM3 digests, SM4-GCM personal-data encryption with an HMAC-SM3
 * blind index), masking of personal data, a per-address rate limiter for public endpoints, and the contracts every
 * module uses to put to-do items ({@code todo}) and charts ({@code dashboard}) on a home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享", allowedDependencies = {})
package cn.qingdan.shared;
