## Holdspace, हिन्दी।

## i18n machinery
language-name = हिन्दी
language-switch-label = भाषा
language-switch-button = बदलें
# Three messages the tests need in Hindi; the full translation has its own.
nav-circles = सर्कल
nav-help = अभी मदद
skip-to-content = मुख्य हिस्से पर जाएँ
