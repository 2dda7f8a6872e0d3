/**
 * Materials checklists and the one-time complete notice (一次性告知, REQUIREMENTS T4, with C3 and C5):
 * each service item's checklist (required and conditional materials, originals to show, copies to
 * keep, what each must look like and its legal basis), shipped by sector plugins in
 * {@code HALL-INF/checklists/*.properties} and adjusted per site ({@link Checklists}); the staff's
 * tick of what an applicant brought; and the one notice per visit that lists everything missing
 * ({@link OneTimeNotices}), checked for forbidden phrases, printable and kept with the case as a PDF.
 *
 * <p>Checklist file format (UTF-8), one group of keys per material of a service item:
 * <pre>
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.name        = 营业执照
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.name.en     = Business licence           (optional; also form, condition, where, basis)
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.requirement = required | conditional    (default required)
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.condition   = 委托他人办理的              (needed when conditional)
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.original    = true                        (original to show)
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.copies      = 1                           (copies to keep)
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.form        = A4 复印件，加盖公章
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.basis       = 《税务登记管理办法》第十条
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.where       = 综合受理窗口
 * checklist.&lt;SERVICE&gt;.&lt;ITEM&gt;.order       = 10
 * </pre>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.servicehall.casework.notice;
