// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
    // Move focus to the error summary so that screen readers announce the errors first.
    var summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }
});
