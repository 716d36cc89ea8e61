global using Orleans;
global using FastEndpoints;
