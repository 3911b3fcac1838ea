// The `incidentlearn` command: commands are registered in Commands/ (see CliApplication).
return 0;
