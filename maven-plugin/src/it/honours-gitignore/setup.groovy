// written here rather than kept in the source tree: a .gitignore there would hide generated/ from
// sagelint's own repository too
new File(basedir, '.gitignore').text = '# generated copies\ngenerated/\n'
return true
