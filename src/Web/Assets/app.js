// The one script of the app, and none of the pages needs it: it keeps the total of an allocation form up to date while typing.
document.querySelectorAll("form[data-sum]").forEach(function (form) {
  var out = form.querySelector("[data-sum-out]");
  var format = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });
  function parse(text) {
    var value = text.trim().replace(/\s/g, "");
    if (value.indexOf(",") >= 0) value = value.replace(/\./g, "").replace(",", ".");
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(value)) value = value.replace(/\./g, "");
    var number = parseFloat(value);
    return isFinite(number) ? number : 0;
  }
  form.addEventListener("input", function () {
    var total = 0;
    form.querySelectorAll("input[data-part]").forEach(function (input) { total += parse(input.value); });
    out.textContent = format.format(total);
  });
});
