// 清单平台前端：htmx 请求带上 CSRF 令牌；确认对话框；打印按钮；自动提交的筛选框。
(function () {
  function csrf() {
    var t = document.querySelector('meta[name="_csrf"]');
    var h = document.querySelector('meta[name="_csrf_header"]');
    return t && h ? { header: h.content, token: t.content } : null;
  }
  document.addEventListener('htmx:configRequest', function (e) {
    var c = csrf();
    if (c) { e.detail.headers[c.header] = c.token; }
  });
  // 过于频繁（429）时页面片段仍要显示“请 N 秒后再试”，而不是悄无声息
  document.addEventListener('htmx:beforeSwap', function (e) {
    if (e.detail.xhr && e.detail.xhr.status === 429) { e.detail.shouldSwap = true; e.detail.isError = false; }
  });
  document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
  }, true);
  document.addEventListener('click', function (e) {
    var el = e.target.closest('[data-print]');
    if (el) { e.preventDefault(); window.print(); }
  });
  document.addEventListener('change', function (e) {
    var el = e.target.closest('[data-autosubmit]');
    if (el && el.form) { el.form.requestSubmit(); }
  });
})();
