// Runs once the page is parsed (the script tag says defer), and only if the server
// sent this file as JavaScript.

const scriptStatus = document.getElementById("script-status");
scriptStatus.textContent = "The script ran at " + new Date().toLocaleTimeString("en-GB") + ".";
scriptStatus.classList.add("done");

// What the stylesheet did, as the browser sees it: the colour style.css gives the heading.
const headingColor = getComputedStyle(document.querySelector("h1")).color;
const styleCheck = document.getElementById("style-check");
if (headingColor === "rgb(31, 95, 191)") {
  styleCheck.textContent = "The stylesheet is applied: the heading is " + headingColor + ".";
  styleCheck.classList.add("done");
} else {
  styleCheck.textContent = "The stylesheet is not applied: the heading is " + headingColor + ".";
}
