/**
 * Party documents (văn bản của Đảng): the form of Hướng dẫn 36-HD/VPTW (A4, its margins, a Times New
 * Roman-compatible serif, the two-column header, type and subject, the signature block, "Nơi nhận"), always in
 * Vietnamese. {@link vn.phoihop.document.PartyDocuments#render} turns a {@link vn.phoihop.document.PartyDocument}
 * (its header and signer, and a body template of the issuing module) into the PDF's bytes. The register of issued
 * documents ({@link vn.phoihop.document.DocumentRegister}: a number per post, type and year, the signed bytes as
 * issued, replacement and cancelling; /documents with each file's signature verified) lives here, with the digital
 * signature (PAdES, the unit's key or a demo authority's) and {@link vn.phoihop.document.CommitteeDocuments}, through
 * which a post's committee issues its agreement and summing-up report; who sees a post's register is answered by the
 * module that knows the units ({@link vn.phoihop.document.DocumentScope}).
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = { "shared", "audit", "territory", "account" })
package vn.phoihop.document;

import org.springframework.modulith.ApplicationModule;
