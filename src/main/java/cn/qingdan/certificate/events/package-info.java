/**
 * What the certificate desk announces to other modules: a certificate issued or revoked, a request decided. Events
 * carry ids, numbers and the certificate's kind — never the applicant's personal data.
 */
@org.springframework.modulith.NamedInterface("events")
package cn.qingdan.certificate.events;
