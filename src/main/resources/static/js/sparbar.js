// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
    // Move focus to the error summary so that screen readers announce the errors first.
    var summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }
});

// The paragraph editor's parts save with htmx: the server answers with the part (X-Sparbar-Part), also when it
// refuses (409: the form again, the input kept, the reason beside it). Any other answer is a whole page (the
// login page, a refusal of the whole request, an error): then the form is sent again without JavaScript, as a
// browser would, and that page is shown. Nothing was saved by a request that failed.
document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    var part = xhr.getResponseHeader('X-Sparbar-Part');
    if (part) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
        // one error summary and one "Saved." on the page at a time: those of the part just answered
        document.querySelectorAll('.editor-part .error-summary, .editor-part .notice-success').forEach(function (old) {
            old.parentNode.removeChild(old);
        });
        return;
    }
    var form = event.detail.requestConfig ? event.detail.requestConfig.elt : event.detail.elt;
    if (form && form.tagName === 'FORM' && form.hasAttribute('hx-post')) {
        event.detail.shouldSwap = false;
        form.removeAttribute('hx-post');
        HTMLFormElement.prototype.submit.call(form);
    }
});

// After a part is swapped in, focus goes where the clerk continues: its error summary, or its "Saved." message.
document.addEventListener('htmx:afterSettle', function () {
    var target = document.querySelector('.editor-part .error-summary') || document.querySelector('.editor-part [data-focus]');
    if (target) {
        target.removeAttribute('data-focus');
        target.focus();
    }
});
