// 清单调整：勾选无系统账号的单位时，发起征求意见前提示须线下送达、代为登记书面意见。
(function () {
  function update(form) {
    var warning = form.querySelector('#no-account-warning');
    if (!warning) { return; }
    var names = [];
    form.querySelectorAll('input[data-no-account]').forEach(function (box) {
      if (box.checked) { names.push(box.getAttribute('data-no-account')); }
    });
    warning.hidden = names.length === 0;
    var slot = warning.querySelector('[data-no-account-names]');
    if (slot) { slot.textContent = names.join('、'); }
  }
  document.addEventListener('change', function (e) {
    if (e.target.matches && e.target.matches('input[data-no-account]')) { update(e.target.form); }
  });
})();
