"""The HTML report: page.html, report.css and report.js (package data) filled with a
trace's data by build.py."""
